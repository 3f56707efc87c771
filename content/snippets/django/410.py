# run: python 410.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponseGone
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def weather(request):
    # this API version was retired for good
    return HttpResponseGone("v1 is retired; use /v2/weather")


urlpatterns = [path("v1/weather", weather)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
