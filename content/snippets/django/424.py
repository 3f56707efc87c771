# run: python 424.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def proppatch(request, name):
    # another property in the same PROPPATCH failed, so this one was not applied
    return HttpResponse("Another part of the request failed", status=424)


urlpatterns = [path("reports/<name>", proppatch)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
