"""A survey's published results: the counts of `forms_engine.summaries` with small groups hidden, and a bar chart.

Small groups are hidden as in Participation in figures (`participation.statistics.figures.suppress_small`): a
count of 1–4 reads "fewer than 5", and when only one part of a question is hidden the next smallest is hidden too,
so that it cannot be worked out from the number of respondents. A hidden count shows no share and no bar, so that
it cannot be worked out from those either. The parts of a question are its options and "no answer". With fewer
than five respondents in all no question is shown.

The chart is an SVG drawn here, on the server: one horizontal bar per option, as long as its share. It repeats the
table beside it, which is the content (a caption, row headers, counts and shares); the SVG is `aria-hidden` so
that screen readers read the table once, and needs no JavaScript.
"""

import textwrap
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from forms_engine.summaries import summarise
from participation.statistics.figures import PERCENT, SMALL_GROUP, Shown, format_value, suppress_small


@dataclass
class ResultRow:
    label: str
    shown: Shown
    share: float | None  # of all respondents, in percent; None when the count is hidden

    @property
    def share_text(self):
        return "" if self.share is None else format_value(round(self.share), PERCENT)


@dataclass
class QuestionResult:
    label: str
    multiple: bool
    rows: list

    @property
    def chart(self):
        return bar_chart(self.rows)


@dataclass
class SurveyResults:
    respondents: int
    questions: list

    @property
    def too_few(self):
        return self.respondents < SMALL_GROUP


def question_result(question, respondents):
    labels = [option.label for option in question.options]
    counts = [option.count for option in question.options]
    if question.unanswered:
        labels.append(_("No answer"))
        counts.append(question.unanswered)
    shown = suppress_small(counts, total=respondents)
    rows = [
        ResultRow(label, part, None if part.suppressed or not respondents else 100 * part.value / respondents)
        for label, part in zip(labels, shown, strict=True)
    ]
    return QuestionResult(question.label, question.multiple, rows)


def published_results(page):
    """The results of a survey page, in its language, as the public page shows them."""
    summary = summarise(page)
    if summary.respondents < SMALL_GROUP:
        return SurveyResults(summary.respondents, [])
    return SurveyResults(
        summary.respondents, [question_result(question, summary.respondents) for question in summary.questions]
    )


# The chart's geometry, in the SVG's own units. It scales to the width it is given, at most its own (site.css): a
# phone's 343 px show it nearly at full size, so its 16 px text stays readable (at 640 units it shrank to 8 px).
WIDTH = 360
BAR_X = 0
BAR_WIDTH = 250
LINE = 20
BAR_HEIGHT = 22
GAP = 14
LABEL_CHARACTERS = 40


def bar_chart(rows):
    """An SVG of horizontal bars, one per row: the label above, the bar, and the count and share after it."""
    parts = []
    y = 0
    for row in rows:
        for line in textwrap.wrap(row.label, LABEL_CHARACTERS) or [""]:
            y += LINE
            parts.append(format_html('<text x="0" y="{}" class="survey-chart__label">{}</text>', y - 5, line))
        value = str(row.shown) if row.share is None else f"{number_format(row.shown.value)} ({row.share_text})"
        length = 0 if row.share is None else round(BAR_WIDTH * row.share / 100, 1)
        if length:
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" class="survey-chart__bar"/>',
                    BAR_X,
                    y + 2,
                    length,
                    BAR_HEIGHT,
                )
            )
        parts.append(
            format_html(
                '<text x="{}" y="{}" class="survey-chart__value">{}</text>',
                BAR_X + length + 8,
                y + 2 + BAR_HEIGHT - 6,
                value,
            )
        )
        y += BAR_HEIGHT + GAP
    height = y + 4
    return format_html(
        '<svg class="survey-chart" viewBox="0 0 {} {}" width="{}" height="{}" aria-hidden="true" focusable="false" '
        'xmlns="http://www.w3.org/2000/svg">{}</svg>',
        WIDTH,
        height,
        WIDTH,
        height,
        mark_safe("".join(str(part) for part in parts)),  # noqa: S308 - each part is escaped by format_html
    )
