"""The guide's checks called directly (`guide()` on a Document parsed in the test): questions
out of reach of the first, cycles, a `next` that names nothing, each problem at the line and
column of the key it concerns, all of them in one call. Only whole builds reached them before."""

from __future__ import annotations

from statussite.load import parse_document
from statussite.model import Guide
from statussite.problems import Problem
from statussite.validate.guide import guide

PATH = "content/guide.md"
CODES = {200, 404}


def guide_text(*questions: tuple[str, list[str]]) -> str:
    """A guide file: each question is (id, answers), an answer `next: <id>` or `code: <n>`
    (given a `why`)."""
    lines = ["---", "title: Which code?", "summary: Pick one.", "questions:"]
    for key, answers in questions:
        lines += [f"  - id: {key}", f"    question: Is it {key}?", "    answers:" if answers else "    answers: []"]
        for number, answer in enumerate(answers):
            lines += [f"      - answer: Choice {number}.", f"        {answer}"]
            if answer.startswith("code:"):
                lines.append("        why: Because.")
    return "\n".join(lines + ["---", "", "Answer the questions.", ""])


def spot(text: str, needle: str, nth: int = 1) -> str:
    """`line:col` of the `nth` line of `text` that holds `needle`, at the needle's key."""
    found = [(number, line.index(needle) + 1) for number, line in enumerate(text.split("\n"), 1) if needle in line]
    line, col = found[nth - 1]
    return f"{line}:{col}"


def checked(text: str) -> tuple[Guide | None, list[str]]:
    problems: list[Problem] = []
    result = guide(parse_document(PATH, text, False), CODES, problems)
    return result, [str(problem) for problem in sorted(problems)]


def test_a_tree_every_question_reached_is_a_guide():
    result, problems = checked(guide_text(("start", ["next: found", "next: lost"]), ("found", ["code: 200"]), ("lost", ["code: 404", "next: found"])))
    assert problems == []
    assert result is not None and [question.key for question in result.questions] == ["start", "found", "lost"]


def test_a_question_no_path_leads_to_is_reported_at_its_id():
    text = guide_text(("start", ["code: 200"]), ("island", ["code: 404"]))
    result, problems = checked(text)
    assert result is None
    assert problems == [
        f"{PATH}:{spot(text, 'id: island')}: question 'island' is never reached: no answer on a path from the first question has 'next: island'"
    ]


def test_questions_reached_only_from_unreached_ones_are_each_reported():
    """A chain or a cycle away from the start reaches nothing: every question in it is reported once."""
    text = guide_text(("start", ["code: 200"]), ("one", ["next: two"]), ("two", ["next: one", "next: three"]), ("three", ["code: 404"]))
    _, problems = checked(text)
    assert problems == [
        f"{PATH}:{spot(text, f'id: {key}')}: question '{key}' is never reached: no answer on a path from the first question has 'next: {key}'"
        for key in ("one", "two", "three")
    ]


def test_a_cycle_on_the_path_from_the_start_is_followed_once_and_reaches_what_follows_it():
    text = guide_text(("start", ["next: one"]), ("one", ["next: two"]), ("two", ["next: one", "next: start", "next: last"]), ("last", ["code: 200"]))
    result, problems = checked(text)
    assert problems == [] and result is not None


def test_the_first_question_needs_no_next_to_reach_it_even_in_a_cycle():
    _, problems = checked(guide_text(("start", ["next: back"]), ("back", ["next: start", "code: 404"])))
    assert problems == []


def test_a_next_that_names_no_question_is_reported_at_that_next_and_reaches_nothing():
    text = guide_text(("start", ["next: nowhere", "code: 200"]), ("after", ["code: 404"]))
    _, problems = checked(text)
    assert problems == [
        f"{PATH}:{spot(text, 'next: nowhere')}: 'next' names no question: 'nowhere' (questions: start, after)",
        f"{PATH}:{spot(text, 'id: after')}: question 'after' is never reached: no answer on a path from the first question has 'next: after'",
    ]


def test_a_next_to_its_own_question_is_reported_there():
    text = guide_text(("start", ["next: start", "code: 200"]))
    _, problems = checked(text)
    assert problems == [f"{PATH}:{spot(text, 'next: start')}: 'next' leads back to question 'start' itself"]


def test_a_question_whose_id_is_refused_is_not_also_called_unreached():
    """The id problem is the one to fix; a second line about the same question would be noise."""
    text = guide_text(("start", ["next: fine", "code: 200"]), ("fine", ["code: 404"]), ("fine", ["code: 200"]), ("Bad_Id", ["code: 404"]))
    _, problems = checked(text)
    assert problems == [
        f"{PATH}:{spot(text, 'id: fine', 2)}: question id 'fine' is used twice (also questions[1])",
        f"{PATH}:{spot(text, 'id: Bad_Id')}: question id 'Bad_Id' must be lower-case letters, digits and hyphens, starting with a letter",
    ]


def test_every_problem_of_the_file_comes_in_one_call_each_at_its_spot():
    text = guide_text(
        ("start", ["next: gone", "code: 999", "code: 200", "code: 200"]),
        ("unreached", ["next: unreached"]),
        ("empty", []),
    )
    _, problems = checked(text)
    assert problems == sorted(
        [
            f"{PATH}:{spot(text, 'next: gone')}: 'next' names no question: 'gone' (questions: start, unreached, empty)",
            f"{PATH}:{spot(text, 'code: 999')}: code 999 has no page (no content/codes/999.md)",
            f"{PATH}:{spot(text, 'code: 200', 2)}: question 'start' has two answers for code 200: merge them",
            f"{PATH}:{spot(text, 'id: unreached')}: question 'unreached' is never reached: no answer on a path from the first question has 'next: unreached'",
            f"{PATH}:{spot(text, 'next: unreached')}: 'next' leads back to question 'unreached' itself",
            f"{PATH}:{spot(text, 'answers:', 3)}: question 'empty' has no answers",
            f"{PATH}:{spot(text, 'id: empty')}: question 'empty' is never reached: no answer on a path from the first question has 'next: empty'",
        ],
        key=lambda line: tuple(int(part) for part in line.split(":")[1:3]),
    )


def test_an_id_or_answers_of_the_wrong_kind_is_one_problem_not_a_crash():
    """`id: 5` and an empty `answers:` raised TypeError (a traceback from build.py) once the schema
    had reported them; now the schema's line is the report."""
    no_answers = guide_text(("start", ["code: 200"]), ("second", [])).replace("answers: []", "answers:")
    number_id = guide_text(("start", ["next: second"]), ("second", ["code: 200"])).replace("id: second", "id: 2")
    _, problems = checked(no_answers)
    # the paths are judged only once every question's id and answers can be read
    assert problems == [f"{PATH}:{spot(no_answers, 'answers:', 2)}: 'questions[1].answers' must be a list (use [] for none), but got an empty value"]
    _, problems = checked(number_id)
    assert problems == [
        f"{PATH}:{spot(number_id, 'next: second')}: 'next' names no question: 'second' (questions: start)",
        f"{PATH}:{spot(number_id, 'id: 2')}: 'questions[1].id' must be text, but YAML read a number from `2`; put it in quotes",
    ]
