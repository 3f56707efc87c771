# run: python 403.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponseForbidden
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def delete_project(request, project_id):
    # the token is valid, but this user is not an owner of the project
    return HttpResponseForbidden("Only owners can delete a project")


urlpatterns = [path("projects/<int:project_id>", delete_project)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
