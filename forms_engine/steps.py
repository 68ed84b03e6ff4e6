"""One question per screen, without JavaScript (`FormPageBase.one_question_per_screen`; issue 13, item 3).

A form page with the option shows its form one question at a time, in large type, for children and anyone who
reads little. It all happens on the server, with the page's ordinary form:

- a GET shows question 1 (the page cache keeps it like any form page, with each visitor's own tokens filled in);
- each POST names its step (`ov_step`) and its button (`ov_nav`): "next" checks that step's answer only and shows
  the next question, or the same one with its error; "back" shows the previous question without checking.
  Every answer given so far goes along in hidden inputs, as the browser sent it, and so do the form token and
  the CSRF token: nothing is kept on the server between steps;
- the last question carries the privacy notice and the consent, and its button sends the whole form through
  the ordinary path (`forms_engine.pages.FormPageMixin.serve_form` → `forms_engine.submitting.submit`): every
  answer is checked again, the form token makes a replayed send lead to the first receipt, and an answer that
  fails there (one altered on the way) brings back the step of the first such question with its error.

Step responses are POST responses, which `serve_form` marks never-cache. A form with a file field is shown whole:
a file cannot travel in a hidden input.
"""

from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.utils.html import format_html_join

from forms_engine.attachments import AttachmentField
from forms_engine.forms import CONSENT, SERVICE_FIELDS

STEP = "ov_step"
NAV = "ov_nav"
NEXT, BACK, SEND = "next", "back", "send"


def applies(page, form):
    """Whether `form` (of `page`) is shown one question per screen."""
    return bool(
        getattr(page, "one_question_per_screen", False)
        and question_names(form)
        and not any(isinstance(form_field, AttachmentField) for form_field in form.fields.values())
    )


def question_names(form):
    return [name for name in form.fields if name not in SERVICE_FIELDS and not form.fields[name].widget.is_hidden]


@dataclass
class Step:
    """The question shown, counted from 0 (`index`) among `names`, and what goes along with it."""

    form: forms.Form
    names: list = field(default_factory=list)
    index: int = 0

    @property
    def number(self):
        return self.index + 1

    @property
    def total(self):
        return len(self.names)

    @property
    def is_first(self):
        return self.index == 0

    @property
    def is_last(self):
        return self.index == self.total - 1

    @property
    def field(self):
        return self.form[self.names[self.index]]

    @property
    def hidden_fields(self):
        """The editor's hidden fields, drawn on every step."""
        return [self.form[name] for name in self.form.fields if name not in SERVICE_FIELDS and name not in self.names]

    def carried_inputs(self):
        """Hidden inputs with every answer given on the other steps (and the consent, away from the last step),
        as the browser sent them."""
        if not self.form.is_bound:
            return ""
        carried = [name for name in self.names if name != self.names[self.index]]
        if not self.is_last:
            carried.append(CONSENT)
        return format_html_join(
            "",
            '<input type="hidden" name="{}" value="{}">',
            ((name, value) for name in carried for value in _values(self.form.data, self.form.add_prefix(name))),
        )


def _values(data, name):
    """Every value sent under `name` (a QueryDict's list, or a plain dict's value)."""
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    return [] if value is None else list(value) if isinstance(value, list | tuple) else [value]


def first(page, form):
    """Question 1 of a stepped form, or None when `page` shows its form whole."""
    return Step(form, question_names(form), 0) if applies(page, form) else None


def _only_errors(form, names):
    """Keep the form's errors of `names` (and those of the whole form) only: a step shows its own."""
    errors = form.errors
    kept = ErrorDict(renderer=form.renderer)
    for name, field_errors in errors.items():
        if name in names or name == NON_FIELD_ERRORS:
            kept[name] = field_errors
    form._errors = kept


def from_post(page, form):
    """The step to show for a POST of `form`, or None when the POST sends the form (or `page` is not stepped)."""
    if not applies(page, form):
        return None
    names = question_names(form)
    try:
        index = min(max(int(form.data.get(STEP, "")) - 1, 0), len(names) - 1)
    except ValueError:
        index = 0
    navigation = form.data.get(NAV)
    if navigation == BACK:
        form._errors = ErrorDict(renderer=form.renderer)
        form.cleaned_data = {}
        return Step(form, names, max(index - 1, 0))
    if navigation != NEXT or index == len(names) - 1:
        return None
    form._errors = ErrorDict(renderer=form.renderer)
    form.cleaned_data = {}
    bound = form[names[index]]
    try:
        bound.field.clean(bound.data)
    except forms.ValidationError as error:
        form.add_error(names[index], error)
        return Step(form, names, index)
    return Step(form, names, index + 1)


def at_errors(page, form):
    """After a send that did not go through: the step of the first question with an error (or the last step, for
    the consent and the form's own errors), showing only its errors. None when `page` is not stepped."""
    if not applies(page, form):
        return None
    names = question_names(form)
    index = next((position for position, name in enumerate(names) if name in form.errors), len(names) - 1)
    _only_errors(form, {names[index]} | ({CONSENT} if index == len(names) - 1 else set()))
    return Step(form, names, index)
