# run: python 414.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"], MIDDLEWARE=[f"{__name__}.limit_uri"])


def search(request):
    return JsonResponse({"ids": request.GET["ids"].split(",")})


def limit_uri(get_response):
    def middleware(request):
        if len(request.get_full_path()) > 200:
            return HttpResponse("URI too long", status=414)
        return get_response(request)

    return middleware


urlpatterns = [path("search", search)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
