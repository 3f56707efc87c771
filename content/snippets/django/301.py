# run: python 301.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponsePermanentRedirect
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def old_post(request, year, slug):
    return HttpResponsePermanentRedirect(f"https://blog.example.com/posts/{slug}")


urlpatterns = [path("blog/<int:year>/<slug>", old_post)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
