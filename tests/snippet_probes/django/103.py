# run: python 103.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def dashboard(request):
    # Probe: WSGI has one response per request: 103 goes out as the final one
    return HttpResponse(status=103, headers={"Link": "</assets/app.css>; rel=preload; as=style"})


urlpatterns = [path("dashboard", dashboard)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
