"""Any page becomes a form page through `FormPageMixin`: its data (`forms_engine.models.FormPageBase`) and serving.

The mixin builds on `wagtail.contrib.forms.FormMixin` but never sends mail while the resident waits: the
submission, its routing and its notification emails are written in one transaction (`forms_engine.submitting`)
and the mail goes out in the background (`forms_engine.notifications`). Serving sits here, above the models,
because sending saves them.
"""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language

from forms_engine import form_tokens, steps
from forms_engine.forms import HONEYPOT, TOKEN
from forms_engine.models import FormPageBase, Submission
from forms_engine.spam import RATE_LIMITED, is_rate_limited
from forms_engine.submitting import AlreadySent, SubmissionRefused, submit
from portal import versioned
from portal.outage import remember_form
from portal.page_cache import private_only_for_its_inputs


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, the browser GETs the given address (a reload then repeats the GET, never the POST)."""

    status_code = 303


class FormPageMixin(FormPageBase):
    """Makes a page a form page that serves its form, takes each form shown at most once and shows the receipt."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        return self.serve_form(request, *args, **kwargs)

    def serve_form(self, request, *args, **kwargs):
        """The form (GET), its send (POST → 303 → the receipt) and the receipt (GET with a signed `kuitti`).

        A form is sent at most once: a second POST of the same form token leads to the first send's receipt.
        """
        if not getattr(request, "is_preview", False):
            self.use_kept_form()
        if request.method == "GET" and form_tokens.RECEIPT_PARAMETER in request.GET:
            return self.serve_receipt(request, request.GET[form_tokens.RECEIPT_PARAMETER], *args, **kwargs)
        refusal = self.form_refusal()
        form, status, step = None, 200, None
        if self.has_form() and request.method == "POST":
            earlier = self.earlier_submission(request.POST.get(TOKEN))
            if earlier is not None:
                return HttpResponseSeeOther(form_tokens.receipt_url(request, self, earlier, repeated=True))
        if self.has_form() and refusal is None:
            if request.method == "POST":
                form = self.get_form(request.POST, request.FILES)
                # A step of a form shown one question per screen (forms_engine.steps), or the form sent.
                step = steps.from_post(self, form)
                # Only complete submissions count against the limit, so correcting mistakes never uses it up; when it
                # is used up, the form comes back with what the person wrote.
                if step is not None:
                    pass
                elif form.is_valid() and is_rate_limited(request):
                    form.add_error(None, RATE_LIMITED)
                    status = 429
                elif form.is_valid():
                    try:
                        submission = submit(self, form, request)
                    except AlreadySent as sent:  # the same form sent at the same moment, e.g. a double click
                        return HttpResponseSeeOther(form_tokens.receipt_url(request, self, sent.submission, True))
                    except SubmissionRefused as refused:
                        refusal = refused.message
                    else:
                        return HttpResponseSeeOther(form_tokens.receipt_url(request, self, submission))
                if step is None and refusal is None:
                    step = steps.at_errors(self, form)
            else:
                form = self.get_form()
                step = steps.first(self, form)
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        context["form_refusal"] = refusal
        context["form_step"] = step
        return self.form_response(request, context, status, *args, **kwargs)

    def use_kept_form(self):
        """Take the published form's fields and form class from this process's memory, kept per site version.

        Building them is a query and a form class per request (a fifth of an open call's render). Form fields
        change only with a publish, which makes a new site version (portal.versioned). A preview shows the fields of
        the revision being edited, so it never calls this.
        """
        fields, form_class = versioned.memo(("form", self.pk, get_language()), self._built_form)
        self._form_fields_cache, self._form_class_cache = fields, form_class

    def _built_form(self):
        self._form_fields_cache = fields = list(self.form_fields.all())
        return fields, self.extended_form_class(self.form_builder(fields).get_form_class())

    def get_form_class(self):
        form_class = getattr(self, "_form_class_cache", None)
        return form_class if form_class is not None else self.extended_form_class(super().get_form_class())

    def extended_form_class(self, form_class):
        """The editor's form class with what the page kind adds to it (a survey's results box), kept with it."""
        return form_class

    def form_response(self, request, context, status, *args, **kwargs):
        response = TemplateResponse(request, self.get_template(request, *args, **kwargs), context, status=status)
        if context.get("form") is not None:
            # Its labels, for the page that gives the answers back if the database is away when it is sent.
            remember_form(request, context["form"], hidden=[HONEYPOT])
        if request.method == "POST":
            add_never_cache_headers(response)  # the answers given back are the resident's own
        elif context.get("form") is not None:
            patch_cache_control(response, private=True)  # its form token is for one person only
            private_only_for_its_inputs(response)  # the page cache fills in each visitor's own token
        return response

    def earlier_submission(self, token_value):
        """The submission already made from this form token on this page, or None."""
        try:
            token = form_tokens.read(token_value, self, expire=False)
        except form_tokens.InvalidToken:
            return None
        return Submission.objects.filter(form_token=token.nonce, page=self).first()

    def serve_receipt(self, request, value, *args, **kwargs):
        """The receipt of a send, for the browser that sent it; a receipt past its time shows the form again."""
        found = form_tokens.read_receipt(value)
        submission = Submission.objects.filter(pk=found[0], page=self).first() if found else None
        if submission is None:
            context = self.get_context(request, *args, **kwargs)
            refusal = self.form_refusal()
            context["form"] = self.get_form() if self.has_form() and refusal is None else None
            context["form_refusal"] = refusal
            context["form_step"] = steps.first(self, context["form"]) if context["form"] is not None else None
            context["receipt_gone"] = True
            response = self.form_response(request, context, 200, *args, **kwargs)
            add_never_cache_headers(response)
            return response
        return self.render_landing_page(request, submission, *args, already_sent=found[1], **kwargs)

    def render_landing_page(self, request, form_submission=None, *args, already_sent=False, **kwargs):
        """The receipt: the reference and what happens next. Never stored by a browser or a cache."""
        context = self.get_context(request)
        context["form_submission"] = form_submission
        context["already_sent"] = already_sent
        # Whether a reply is promised: the submission's own state, or in a preview the page's.
        context["needs_reply"] = form_submission.needs_reply if form_submission else self.answers_need_reply
        response = TemplateResponse(request, self.get_landing_page_template(request), context)
        add_never_cache_headers(response)
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.serve_form(request)
