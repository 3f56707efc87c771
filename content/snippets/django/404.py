# run: python 404.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import Http404, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def user(request, user_id):
    users = {1: "Ada"}
    if user_id not in users:
        raise Http404("No such user")
    return JsonResponse({"id": user_id, "name": users[user_id]})


urlpatterns = [path("users/<int:user_id>", user)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
