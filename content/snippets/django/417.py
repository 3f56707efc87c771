# run: python 417.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def backup(request, name):
    # this server cannot promise to take uploads this big before reading them
    expect = request.headers.get("Expect", "").lower()
    if expect == "100-continue" and int(request.headers["Content-Length"]) > 2**30:
        return HttpResponse("Send it without Expect, in smaller parts", status=417)
    return HttpResponse(status=201)


urlpatterns = [path("backups/<name>", backup)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
