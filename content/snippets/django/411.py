# run: python 411.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def cancel(request, job_id):
    if not request.headers.get("Content-Length"):  # runserver gives "" when absent
        return HttpResponse("Send Content-Length (0 for no content)", status=411)
    return HttpResponse(status=204)


urlpatterns = [path("v1/jobs/<int:job_id>/cancel", cancel)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
