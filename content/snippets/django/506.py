# run: python 506.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def manual(request):
    # the variant chosen for this request is itself set up to negotiate: a loop
    return HttpResponse("Server misconfigured: the chosen variant negotiates too", status=506)


urlpatterns = [path("docs/manual", manual)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
