"""That the people who asked were told something about a form, once (a survey's results being out)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Announcement(models.Model):
    """One announcement made to a form's respondents, for the form page and all its translations (their shared
    `translation_key`). Its unique key is what makes the announcement go out once, whatever runs it twice."""

    translation_key = models.UUIDField(_("form page"))
    kind = models.CharField(_("kind"), max_length=32)
    made_at = models.DateTimeField(_("made at"), auto_now_add=True)
    recipients = models.PositiveIntegerField(_("people told"), default=0)

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        constraints = [models.UniqueConstraint(fields=["translation_key", "kind"], name="one_announcement_per_kind")]

    def __str__(self):
        return f"{self.translation_key} {self.kind}"
