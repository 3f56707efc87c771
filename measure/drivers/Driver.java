// Driver for Java's java.net.http.HttpClient (JDK 11+), run as a single-file program:
// java Driver.java PLAN.json never|normal. One JVM runs every scenario. The plan is read with a
// tiny JSON reader below because the JDK has none and no Maven repository is reachable here.
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;

public class Driver {
    static int pos;
    static String src;

    static Object parse() {
        skip();
        char c = src.charAt(pos);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++; skip();
            if (src.charAt(pos) == '}') { pos++; return m; }
            while (true) {
                skip(); String k = (String) parse(); skip(); pos++; // colon
                m.put(k, parse()); skip();
                if (src.charAt(pos++) == '}') return m;
            }
        } else if (c == '[') {
            List<Object> l = new ArrayList<>();
            pos++; skip();
            if (src.charAt(pos) == ']') { pos++; return l; }
            while (true) { l.add(parse()); skip(); if (src.charAt(pos++) == ']') return l; }
        } else if (c == '"') {
            StringBuilder b = new StringBuilder();
            pos++;
            while (src.charAt(pos) != '"') {
                char ch = src.charAt(pos++);
                if (ch == '\\') {
                    char e = src.charAt(pos++);
                    switch (e) {
                        case 'n' -> b.append('\n'); case 't' -> b.append('\t'); case 'r' -> b.append('\r');
                        case 'u' -> { b.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16)); pos += 4; }
                        default -> b.append(e);
                    }
                } else b.append(ch);
            }
            pos++;
            return b.toString();
        } else if (src.startsWith("null", pos)) { pos += 4; return null; }
        else if (src.startsWith("true", pos)) { pos += 4; return true; }
        else if (src.startsWith("false", pos)) { pos += 5; return false; }
        int start = pos;
        while (pos < src.length() && "+-0123456789.eE".indexOf(src.charAt(pos)) >= 0) pos++;
        return Double.parseDouble(src.substring(start, pos));
    }

    static void skip() { while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++; }

    static String quote(Object o) {
        if (o == null) return "null";
        if (o instanceof Number) return o.toString();
        String s = o.toString();
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        src = Files.readString(Path.of(args[0]));
        Map<String, Object> plan = (Map<String, Object>) parse();
        boolean follow = args[1].equals("normal");
        System.out.println("{\"version\": " + quote("Java " + System.getProperty("java.version") + " java.net.http.HttpClient") + "}");
        for (Object so : (List<Object>) plan.get("scenarios")) {
            Map<String, Object> s = (Map<String, Object>) so;
            double timeout = (Double) s.get("timeout");
            List<String> results = new ArrayList<>();
            HttpClient client = null;
            for (Object co : (List<Object>) s.get("calls")) {
                Map<String, Object> c = (Map<String, Object>) co;
                Thread.sleep((long) ((Double) c.get("delay") * 1000));
                if (client == null) {
                    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(follow ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5));
                    List<Object> auth = (List<Object>) c.get("auth");
                    if (auth != null) {
                        builder.authenticator(new Authenticator() {
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication((String) auth.get(0), ((String) auth.get(1)).toCharArray());
                            }
                        });
                    }
                    client = builder.build();
                }
                results.add(call(client, c, timeout));
            }
            System.out.println("{\"id\": " + quote(s.get("id")) + ", \"calls\": [" + String.join(", ", results) + "]}");
            System.out.flush();
        }
        System.exit(0);
    }

    // The header fields the client gave its caller, as a JSON list of [name, value] pairs (one per
    // value), at most 30.
    static String fields(Map<String, List<String>> map) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            for (String value : e.getValue()) {
                if (pairs.size() < 30) {
                    pairs.add("[" + quote(e.getKey().toLowerCase()) + ", " + quote(value.length() > 200 ? value.substring(0, 200) : value) + "]");
                }
            }
        }
        return "[" + String.join(", ", pairs) + "]";
    }

    @SuppressWarnings("unchecked")
    static String call(HttpClient client, Map<String, Object> c, double timeout) {
        try {
            int size = ((Double) c.get("body_size")).intValue();
            String body = (String) c.get("body");
            HttpRequest.BodyPublisher publisher = size > 0 ? HttpRequest.BodyPublishers.ofByteArray("x".repeat(size).getBytes())
                : body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody();
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create((String) c.get("url")))
                .timeout(Duration.ofMillis((long) (timeout * 1000))).method((String) c.get("method"), publisher);
            for (Object h : (List<Object>) c.get("headers")) {
                List<Object> pair = (List<Object>) h;
                r.header((String) pair.get(0), (String) pair.get(1));
            }
            HttpResponse<byte[]> response = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] data = response.body();
            String text = new String(data, 0, Math.min(64, data.length), StandardCharsets.ISO_8859_1);
            return "{\"status\": " + response.statusCode() + ", \"reason\": null, \"body\": " + quote(text)
                + ", \"headers\": " + fields(response.headers().map()) + "}";
        } catch (Exception e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            return "{\"error\": " + quote(message.length() > 300 ? message.substring(0, 300) : message) + "}";
        }
    }
}
