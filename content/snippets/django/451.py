# run: python 451.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def article(request, slug):
    blocked = {"leaked-report"}  # by court order
    if slug in blocked:
        headers = {"Link": '<https://example.net/legal>; rel="blocked-by"'}
        return HttpResponse("Blocked by a court order", status=451, headers=headers)
    return HttpResponse(f"Article {slug}")


urlpatterns = [path("articles/<slug>", article)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
