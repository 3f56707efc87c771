# run: python 307.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponseRedirect
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def payments(request):
    # this region is being drained: repeat the same POST there
    return HttpResponseRedirect("https://api-eu2.example.com/v1/payments", status=307)


urlpatterns = [path("v1/payments", payments)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
