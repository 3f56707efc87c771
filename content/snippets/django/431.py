# run: python 431.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"], MIDDLEWARE=[f"{__name__}.limit_cookies"])


def account(request):
    return HttpResponse("Your account")


def limit_cookies(get_response):
    def middleware(request):
        if len(request.headers.get("Cookie", "")) > 48:  # a low limit, to show it
            return HttpResponse("Your cookies are too large; clear them for this site", status=431)
        return get_response(request)

    return middleware


urlpatterns = [path("account", account)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
