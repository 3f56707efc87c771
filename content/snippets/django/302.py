# run: python 302.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponseRedirect
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def settings_page(request):
    # not signed in: send the browser to the login page for now
    return HttpResponseRedirect("/login?next=%2Faccount%2Fsettings")


urlpatterns = [path("account/settings", settings_page)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
