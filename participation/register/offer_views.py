"""The person's side of an assignment: the private page their offer's email links to, /fi/tehtava/<token>/
(/sv/, /en/), where they accept or decline without an account.

The page is reached only with the offer's secret; it is never cached (`never_cache`: the page cache stores no
response that says so, and no shared cache may), never indexed (`noindex`), and shows the assignment and the
person's own name only. Answering is a POST with the CSRF token and then a redirect (a refresh sends nothing
again); a second answer, a replayed POST or a link opened by a mail scanner changes nothing. An unknown token is a
404."""

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from participation.models import AssignmentOffer
from participation.register import assignments

ANSWERS = {"accept": True, "decline": False}


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def offer(request, token):
    offer = get_object_or_404(AssignmentOffer.objects.select_related("assignment", "person"), token=token)
    if request.method == "POST":
        choice = request.POST.get("answer")
        if choice in ANSWERS:
            state = assignments.answer(offer, ANSWERS[choice], request.build_absolute_uri("/"))
            url = reverse("register_links:offer", args=[token])
            # Whose answer the page shows after the redirect: the person's own, or why it was not taken.
            return redirect(f"{url}?vastaus={state}")
        return redirect(reverse("register_links:offer", args=[token]))
    state = assignments.state_of(offer)
    context = {
        "offer": offer,
        "assignment": offer.assignment,
        "state": state,
        # Thanks for the answer just given; the link opened later says what the answer was.
        "just_answered": request.GET.get("vastaus") == state,
        "Answer": assignments.Answer,
    }
    return TemplateResponse(request, "participation/register/offer.html", context)
