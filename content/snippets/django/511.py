# run: python 511.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def portal(request, page):
    # captive portal: nothing gets through before the user signs in
    html = '<a href="https://login.example.net/">Sign in to use this network</a>'
    return HttpResponse(html, status=511)


urlpatterns = [path("<path:page>", portal)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
