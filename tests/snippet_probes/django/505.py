# run: python 505.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def index(request):
    # Probe: runserver rejects HTTP/4.2 before Django runs
    return HttpResponse(status=505)


urlpatterns = [path("", index)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
