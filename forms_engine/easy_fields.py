"""Choices a child, or anyone who reads little, can answer: a picture scale and big buttons (issue 13, item 3).

- A **picture scale** (field type "picture_scale") is a row of faces from sad to happy, each with its text label.
  The labels are the field's choices, one per line; left empty, they are the default five, "Tosi huono" … "Tosi
  hyvä", in the form page's language. Five faces are drawn; a scale of another length takes the faces nearest
  to each step's place between the saddest and the happiest.
- **Big buttons** (field type "big_buttons") are the field's choices as large buttons with big text.

Both are plain radio buttons in a `<fieldset>` whose `<legend>` is the question: the keyboard moves between the
choices with the arrow keys and a screen reader reads each choice's text (the faces are `aria-hidden`). No
JavaScript. The answer stored is the chosen text label, as a radio button's is, so the inbox, the exports, the
routing rules and any count of choices read it like any other choice.

The widgets draw their own fieldset (`draws_fieldset`), which `{% gds_field %}` (portal/templatetags/form_fields.py)
wraps in the form group with the legend, the hint and the errors.
"""

from django import forms
from django.forms.utils import flatatt
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

PICTURE_SCALE_FIELD_TYPE = "picture_scale"
BIG_BUTTONS_FIELD_TYPE = "big_buttons"
CHOICE_FIELD_TYPES = (PICTURE_SCALE_FIELD_TYPE, BIG_BUTTONS_FIELD_TYPE)

FIELD_TYPE_CHOICES = (
    (PICTURE_SCALE_FIELD_TYPE, _("Picture scale (faces from sad to happy)")),
    (BIG_BUTTONS_FIELD_TYPE, _("Big buttons (one choice)")),
)


def default_scale_labels():
    """The default five steps of a picture scale, in the active language."""
    return [
        pgettext("picture scale", "Really bad"),
        pgettext("picture scale", "Bad"),
        pgettext("picture scale", "Okay"),
        pgettext("picture scale", "Good"),
        pgettext("picture scale", "Really good"),
    ]


# Five faces, saddest first: the mouth's path and the face's fill (decorative: the text label says the meaning).
FACES = (
    ("M20 47 Q32 33 44 47", "#f6c8c3"),
    ("M21 45 Q32 39 43 45", "#fbdcc0"),
    ("M21 43 L43 43", "#fdeeb5"),
    ("M21 40 Q32 48 43 40", "#d7ebc8"),
    ("M18 38 Q32 58 46 38 Z", "#b9e0a5"),
)


def face_index(position, count):
    """Which of the five faces the `position`th (from 0) of `count` choices shows."""
    if count <= 1:
        return len(FACES) - 1
    return round(position * (len(FACES) - 1) / (count - 1))


def face_svg(position, count):
    mouth, fill = FACES[face_index(position, count)]
    mouth_fill = "#0b0c0c" if mouth.endswith("Z") else "none"
    return (
        '<svg class="picture-scale__face" viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" '
        'focusable="false">'
        f'<circle cx="32" cy="32" r="29" fill="{fill}" stroke="#0b0c0c" stroke-width="3"/>'
        '<circle cx="23" cy="26" r="3.5" fill="#0b0c0c"/><circle cx="41" cy="26" r="3.5" fill="#0b0c0c"/>'
        f'<path d="{mouth}" fill="{mouth_fill}" stroke="#0b0c0c" stroke-width="3.5" stroke-linecap="round" '
        'stroke-linejoin="round"/></svg>'
    )


class FieldsetRadios(forms.RadioSelect):
    """Radio buttons that `{% gds_field %}` draws in a fieldset of their own; ids count from 1 as GOV.UK's radios
    do, so the error summary's link (`#id_<name>_1`) reaches the first choice. Drawn in Python (the default form
    renderer does not read the project's templates folder)."""

    draws_fieldset = True
    fieldset_class = ""

    def id_for_label(self, id_, index=None):
        if index is None:
            return ""
        return super().id_for_label(id_, str(int(index) + 1))

    def picture(self, position, count):
        return ""

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)
        options = [
            option for _group, group_options, _index in context["widget"]["optgroups"] for option in group_options
        ]
        css = self.fieldset_class
        items = format_html_join(
            "",
            '<div class="{}__option"><input type="radio" name="{}" value="{}" class="{}__input"{}>'
            '<label class="{}__label" for="{}">{}<span class="{}__text">{}</span></label></div>',
            (
                (
                    css,
                    option["name"],
                    option["value"],
                    css,
                    flatatt(option["attrs"]),
                    css,
                    option["attrs"].get("id", ""),
                    mark_safe(self.picture(position, len(options))),
                    css,
                    option["label"],
                )
                for position, option in enumerate(options)
            ),
        )
        return format_html('<div class="{}__options">{}</div>', css, items)


class PictureScaleWidget(FieldsetRadios):
    fieldset_class = "picture-scale"

    def picture(self, position, count):
        return face_svg(position, count)


class BigButtonsWidget(FieldsetRadios):
    fieldset_class = "big-buttons"


def scale_labels(field, split):
    """A picture scale's labels: the field's choices (split by `split`), or the default ones in the field's
    language (its page's), so that the answer stored is in the language the form was shown in."""
    labels = split(field) if field.choices.strip() else []
    if labels:
        return labels
    language = getattr(getattr(field, "locale", None), "language_code", None)
    if language:
        with translation.override(language):
            return default_scale_labels()
    return default_scale_labels()


def create_picture_scale_field(labels, options):
    return forms.ChoiceField(choices=[(label, label) for label in labels], widget=PictureScaleWidget, **options)


def create_big_buttons_field(choices, options):
    return forms.ChoiceField(choices=choices, widget=BigButtonsWidget, **options)
