"""One form field as crispy-forms-gds draws it (GOV.UK markup), without its four templates per field.

`{% gds_field field %}` gives the same markup as `{{ field|as_crispy_field }}` with the "gds" pack (the label, the
hint, each error with its hidden "Error:" prefix, aria-describedby naming the hint and the errors, the GOV.UK
classes and the widget's own attributes such as autocomplete), built in Python: crispy includes four templates
for every field, which was a fifth of a form page's rendering. Fields it has no shortcut for (radio buttons,
checkbox lists, multi-part widgets, character counts) are still drawn by crispy-forms-gds itself. A widget that
draws its own choices (`draws_fieldset`) is put in a fieldset with its legend, hint and errors.
"""

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms, template
from django.conf import settings
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

# crispy-forms-gds's widget classes, with the project's CRISPY_CLASS_CONVERTERS.
_CONVERTERS = {
    "checkboxinput": "govuk-checkboxes__input",
    "select": "govuk-select",
    "textinput": "govuk-input",
    "emailinput": "govuk-input",
    "passwordinput": "govuk-input",
    "textarea": "govuk-textarea",
    "clearablefileinput": "govuk-file-upload",
}
_ERROR_CLASS_WIDGETS = {"Select", "TextInput", "Textarea"}


def _converters():
    return {**_CONVERTERS, **getattr(settings, "CRISPY_CLASS_CONVERTERS", {})}


def _has_shortcut(field):
    widget = field.field.widget
    return not (
        isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect | forms.MultiWidget)
        or hasattr(widget, "widgets")
        or hasattr(widget, "widget")
        or "govuk-js-character-count" in widget.attrs.get("class", "")
    )


def _prepare_widget(field):
    """The widget's attributes exactly as crispy-forms-gds's field node sets them before drawing it."""
    widget = field.field.widget
    class_name = widget.__class__.__name__.lower()
    css_class = _converters().get(class_name, class_name).split()
    for attr_class in widget.attrs.get("class", "").split():
        if attr_class not in css_class:
            css_class.append(attr_class)
    css_class = " ".join(css_class)
    if hasattr(widget, "input_type") and "input_type" in widget.attrs:
        widget.input_type = widget.attrs.pop("input_type")
    if field.help_text:
        widget.attrs["aria-describedby"] = f"{field.auto_id}_hint"
    if field.errors:
        widget_class_name = widget.__class__.__name__
        if widget_class_name in _ERROR_CLASS_WIDGETS:
            css_class += " govuk-input--error"
        elif widget_class_name in ("FileInput", "ClearableFileInput"):
            css_class += " govuk-file-upload--error"
        if not field.help_text:
            widget.attrs["aria-describedby"] = ""
        for index, _error in enumerate(field.errors, start=1):
            described_by = widget.attrs.get("aria-describedby", "")
            widget.attrs["aria-describedby"] = (
                f"{described_by} " if described_by else ""
            ) + f"{field.auto_id}_{index}_error"
    widget.attrs["class"] = css_class


def _hint_and_errors(field):
    parts = []
    if field.help_text:
        parts.append(
            format_html('<div id="{}_hint" class="govuk-hint">{}</div>', field.auto_id, mark_safe(field.help_text))
        )
    if field.errors:
        prefix = gettext("Error:")
        parts.append(
            format_html_join(
                "",
                '<span id="{}_{}_error" class="govuk-error-message"><span class="govuk-visually-hidden">{}</span> {}'
                "</span>",
                ((field.auto_id, index, prefix, error) for index, error in enumerate(field.errors, start=1)),
            )
        )
    return mark_safe("".join(parts))


def _fieldset(field):
    """A widget that draws its own choices (`draws_fieldset`, such as forms_engine's picture scale and big buttons)
    in GOV.UK's fieldset: the question as the legend, then the hint and the errors, which the fieldset names in
    its aria-describedby."""
    described_by = [f"{field.auto_id}_hint"] if field.help_text else []
    described_by += [f"{field.auto_id}_{index}_error" for index in range(1, len(field.errors) + 1)]
    classes = "govuk-form-group" + (" govuk-form-group--error" if field.errors else "")
    return format_html(
        '<div id="div_{}" class="{}"><fieldset class="govuk-fieldset {}"{}>'
        '<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{}</legend>{}{}</fieldset></div>',
        field.auto_id,
        classes,
        field.field.widget.fieldset_class,
        format_html(' aria-describedby="{}"', " ".join(described_by)) if described_by else "",
        field.label,
        _hint_and_errors(field),
        str(field),
    )


@register.simple_tag
def gds_field(field):
    """`field` (a bound field) as crispy-forms-gds draws it, label, hint and errors included."""
    if field.is_hidden:
        return str(field)
    if getattr(field.field.widget, "draws_fieldset", False):
        return _fieldset(field)
    if not _has_shortcut(field):
        return as_crispy_field(field)
    _prepare_widget(field)
    classes = "govuk-form-group"
    if field.errors:
        classes += " govuk-form-group--error"
    if css_classes := field.css_classes():
        classes += f" {css_classes}"
    label = conditional_escape(field.label) if field.label else ""
    if isinstance(field.field.widget, forms.CheckboxInput):
        inner = format_html(
            '{}<div class="govuk-checkboxes"><div class="govuk-checkboxes__item">{}'
            '<label class="govuk-label govuk-checkboxes__label" for="{}">{}</label></div></div>',
            _hint_and_errors(field),
            str(field),
            field.id_for_label,
            label,
        )
    else:
        label_html = (
            format_html('<label for="{}" class="govuk-label">{}</label>', field.id_for_label, label) if label else ""
        )
        inner = format_html("{}{}{}", label_html, _hint_and_errors(field), str(field))
    return format_html('<div id="div_{}" class="{}">{}</div>', field.auto_id, classes, inner)
