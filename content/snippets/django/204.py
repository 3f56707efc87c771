# run: python 204.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def save_note(request, note_id):
    # save request.body; there is nothing to send back
    response = HttpResponse(status=204)
    response["ETag"] = f'"n{note_id}-v7"'
    return response


urlpatterns = [path("api/notes/<int:note_id>", save_note)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
