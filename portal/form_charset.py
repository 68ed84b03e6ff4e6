"""Forms are read as UTF-8: a form body that declares another character set is refused with a 400 page.

Every form of the site is sent by browsers in UTF-8 (the pages are UTF-8). A body declaring another charset
(`application/x-www-form-urlencoded; charset=utf-16`) is not from these pages, and Django would decode it with
that charset when `request.POST` is first read, wherever that happens (the CSRF check, a view), failing there.
It is refused here, before anything reads it, with a page in the resident's language.
"""

from django.shortcuts import render

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
UTF8 = {"utf-8", "utf8"}


def declares_another_charset(request):
    if request.content_type not in FORM_TYPES:
        return False
    charset = request.content_params.get("charset")
    return charset is not None and charset.strip().strip('"').lower() not in UTF8


class FormCharsetMiddleware:
    """Answers 400 to a form body in another charset than UTF-8 (see the module). Place it before CSRF."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD", "OPTIONS") and declares_another_charset(request):
            return render(request, "400_charset.html", status=400)
        return self.get_response(request)
