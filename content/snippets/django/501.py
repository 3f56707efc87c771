# run: python 501.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"], MIDDLEWARE=[f"{__name__}.known_methods"])


def known_methods(get_response):
    def middleware(request):
        if request.method not in ("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"):
            return HttpResponse("Not implemented", status=501)
        return get_response(request)

    return middleware


urlpatterns = []

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
