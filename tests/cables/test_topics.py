import textwrap

from tvpa_scorer.cables.model import Pillar, TopicBasis
from tvpa_scorer.cables.topics import TopicClues, classify, load_topics


def _clues(**given):
    fields = {"question": None, "text": "", "section_title": None, "label": None, "key": None,
              "tasker_paragraph": None, "tasker": None}
    fields.update(given)
    return TopicClues(**fields)


def test_the_question_decides_the_subject_whatever_its_letter(vocabulary):
    topic = classify(vocabulary, _clues(
        question="Has the government adopted a plan of action against trafficking?", key="Q"))
    assert (topic.pillar, topic.subjects[0], topic.basis) == (
        Pillar.PREVENTION, "national_plan", TopicBasis.QUESTION)


def test_the_section_heading_decides_the_pillar(vocabulary):
    topic = classify(vocabulary, _clues(text="The ministry trained 300 border guards.",
                                        section_title="Protection and Assistance to Victims"))
    assert (topic.pillar, topic.basis) == (Pillar.PROTECTION, TopicBasis.TEXT)


def test_a_heading_naming_two_pillars_places_nothing(vocabulary):
    assert vocabulary.heading_pillar("ADDRESS PREVENTION, PROTECTION AND PROSECUTIONS") is None


def test_a_known_tasker_files_unquoted_answers_by_letter(vocabulary, sample):
    tasker = vocabulary.tasker_for(sample("08MEXICO722.txt").header.refs)
    topic = classify(vocabulary, _clues(text="Nothing to report.", section_title="PREVENTION",
                                        key="F", tasker=tasker))
    assert (topic.subjects, topic.basis) == (("national_plan",), TopicBasis.TASKER)


def test_text_with_no_topic_words_has_no_subject(vocabulary):
    topic = classify(vocabulary, _clues(text="The weather was fine."))
    assert (topic.pillar, topic.subjects, topic.basis) == (None, (), TopicBasis.NONE)


def test_vocabulary_errors_are_located(tmp_path):
    path = tmp_path / "topics.yml"
    path.write_text(textwrap.dedent("""\
        pillars:
          prevention:
            headings: [prevention]
        subjects:
          national_plan:
            title: National plan
            pillar: prevntion
            keywords: ["plan(s"]
            wieght: 2
        """))
    vocabulary, problems = load_topics(path)
    assert vocabulary is None
    assert [str(problem).replace(str(tmp_path), "") for problem in problems] == [
        "/topics.yml:9:5: error: unknown key 'wieght' in subject 'national_plan' "
        "(expected one of: 'keywords', 'pillar', 'title')",
        "/topics.yml:7:13: error: unknown pillar 'prevntion' (did you mean 'prevention'?)",
        "/topics.yml:8:16: error: keyword 'plan(s' is not a valid pattern: "
        "missing ), unterminated subpattern",
    ]
