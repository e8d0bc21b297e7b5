import json

from tvpa_scorer.cables.export import cable_json, cable_outline, document_json


def test_json_contract_has_the_promised_fields(sample):
    document = cable_json(sample("08MEXICO722.txt"))
    assert {"id", "date", "classification", "post", "subject", "tags", "refs", "section_of",
            "part_of", "truncated", "sections", "answers"} <= document.keys()
    answer = document["answers"][13]
    assert {"key", "section", "paragraph", "question", "topic", "start", "end", "text",
            "cross_refs", "duplicate_of"} <= answer.keys()
    assert (answer["key"], answer["paragraph"], answer["section"], answer["text"]) == (
        "G", 40, "PREVENTION", "See question 34 and 35.")
    json.dumps(document)


def test_json_offsets_point_at_the_answer_in_the_original_file(sample):
    cable = sample("08MEXICO722.txt")
    answer = cable_json(cable)["answers"][13]
    assert cable.text[answer["start"]:answer["end"]] == "See question 34 and 35."


def test_a_joined_document_lists_its_parts(sample):
    from tvpa_scorer.cables import read_document

    document = read_document([sample("05HARARE339.txt"), sample("08MEXICO722.txt")])
    value = document_json(document)
    assert (value["id"], [part["id"] for part in value["parts"]]) == (
        "05HARARE339+08MEXICO722", ["05HARARE339", "08MEXICO722"])


def test_outline_shows_one_line_per_answer_with_flags(sample):
    outline = cable_outline(sample("08MEXICO722.txt")).splitlines()
    assert outline[0] == "08MEXICO722  " + str(sample("08MEXICO722.txt").path)
    assert outline[-1].startswith("    ¶40 Q.G        line 784   prevention  demand_reduction")
    assert outline[-1].endswith('"See question 34 and 35."  [cross-reference to ¶34 Q.A, ¶35 Q.B]')
