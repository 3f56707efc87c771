# run: python 205.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def add_entry(request):
    # request.POST is saved; the form should be cleared for the next entry
    return HttpResponse(status=205)


urlpatterns = [path("timesheet/entries", add_entry)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
