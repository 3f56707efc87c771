# run: python 226.py
import uvicorn
from fastapi import FastAPI, Header, Response, status

app = FastAPI()


@app.get("/feeds/changelog.xml")
def changelog(a_im: str = Header(""), if_none_match: str = Header("")):
    if "vcdiff" not in a_im:
        return Response("<feed>...</feed>", headers={"ETag": '"cl-1191"'})
    delta = b"\xd6\xc3\xc4\x00"  # a vcdiff from the client's version to the current one
    headers = {"ETag": '"cl-1191"', "IM": "vcdiff", "Delta-Base": if_none_match}
    return Response(delta, status.HTTP_226_IM_USED, headers)


uvicorn.run(app, host="127.0.0.1", port=8000)
