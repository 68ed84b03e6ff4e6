"""Counts of the answers to a form's choice questions, over the form page and all its translations.

`summarise(page)` knows no page kinds: it reads a form page's fields and the submissions of every page that shares
its `translation_key` (the page in fi, sv and en), and counts, for each question with fixed options (radio buttons,
checkboxes, a drop-down, a multiple select, a picture scale, big buttons), how many submissions chose each option.
Free-text answers (single and multi-line text, email, numbers, dates, files…) are never read.

The same question in every language. wagtail-localize keeps a form's fields in step: a field's `clean_name` (the
key of its answer in `form_data`) is synchronised, so it is the same in every translation, while its label and
options are translated. The answer stored is the option's text in the language the form was shown in, so an option
is identified by its place in the list: the third option of the Swedish field is the third of the Finnish one. An
answer is matched against the options of the page it was sent from, and the summary is labelled with the options of
the page shown (the viewer's language). An answer that no longer matches any option (an option edited after the
answer was given) counts as no answer.

The counting is done by the database: one grouped query per question (rows per page and distinct answer, not per
submission), one for the number of submissions and one for the fields, whatever the number of answers. A
checkbox question's answer is a list; its rows are the distinct combinations chosen, split here.

The result is raw counts: whoever publishes them hides the small groups (participation's survey page does).
"""

import json
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.fields.json import KeyTextTransform

from forms_engine import easy_fields
from forms_engine.forms import PortalFormBuilder
from forms_engine.models import FormField, Submission

SINGLE_CHOICE_TYPES = ("radio", "dropdown", *easy_fields.CHOICE_FIELD_TYPES)
MULTIPLE_CHOICE_TYPES = ("checkboxes", "multiselect")
SUMMARISED_TYPES = SINGLE_CHOICE_TYPES + MULTIPLE_CHOICE_TYPES


@dataclass
class OptionCount:
    label: str
    count: int = 0


@dataclass
class QuestionSummary:
    """One question: its label and options in the viewer's language, the submissions that chose each option, and
    how many chose none of them (`unanswered`). With `multiple` choices an answer counts for each option chosen."""

    name: str
    label: str
    field_type: str
    multiple: bool
    options: list = field(default_factory=list)
    answered: int = 0
    unanswered: int = 0


@dataclass
class FormSummary:
    respondents: int
    questions: list


def option_labels(form_field):
    """The options of a field as the form shows them: its choices, or a picture scale's default labels in the
    field's language."""
    builder = PortalFormBuilder([])

    def split(field_):
        return [label for label, _text in builder.get_formatted_field_choices(field_)]

    if form_field.field_type == easy_fields.PICTURE_SCALE_FIELD_TYPE:
        return easy_fields.scale_labels(form_field, split)
    return split(form_field)


def _values(raw, multiple):
    """The options an answer (as the database gives the JSON value's text) chose."""
    if raw is None or raw == "":
        return []
    if not multiple:
        return [raw]
    try:
        values = json.loads(raw)
    except (TypeError, ValueError):
        return []
    return [str(value) for value in values] if isinstance(values, list) else []


def summarise(page):
    """A `FormSummary` of `page`'s choice questions, counted over the page and its translations, labelled in
    `page`'s language, in `page`'s field order."""
    submissions = Submission.objects.filter(page__translation_key=page.translation_key)
    respondents = submissions.count()
    fields = list(
        FormField.objects.filter(page__translation_key=page.translation_key, field_type__in=SUMMARISED_TYPES)
        .select_related("locale")
        .order_by("sort_order", "pk")
    )
    shown = [form_field for form_field in fields if form_field.page_id == page.pk]
    questions = []
    for shown_field in shown:
        name = shown_field.clean_name
        multiple = shown_field.field_type in MULTIPLE_CHOICE_TYPES
        labels = option_labels(shown_field)
        # Each page's options by their text: {page id: {option text: position}}.
        positions = {
            form_field.page_id: {label: index for index, label in enumerate(option_labels(form_field))}
            for form_field in fields
            if form_field.clean_name == name
        }
        summary = QuestionSummary(
            name=name,
            label=shown_field.label,
            field_type=shown_field.field_type,
            multiple=multiple,
            options=[OptionCount(label) for label in labels],
        )
        rows = (
            submissions.order_by()
            .values("page_id", chosen=KeyTextTransform(name, "form_data"))
            .annotate(count=Count("pk"))
            .values_list("page_id", "chosen", "count")
        )
        for page_id, raw, count in rows:
            known = positions.get(page_id, {})
            chosen = {known[value] for value in _values(raw, multiple) if value in known}
            chosen = {index for index in chosen if index < len(summary.options)}
            if not chosen:
                continue
            summary.answered += count
            for index in chosen:
                summary.options[index].count += count
        summary.unanswered = respondents - summary.answered
        questions.append(summary)
    return FormSummary(respondents=respondents, questions=questions)
