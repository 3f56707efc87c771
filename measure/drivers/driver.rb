# Driver for Ruby's Net::HTTP (standard library). One Ruby process runs every scenario; each
# scenario's calls share one started Net::HTTP session. Usage: ruby driver.rb PLAN.json
require "json"
require "net/http"
require "uri"

plan = JSON.parse(File.read(ARGV[0]))
puts JSON.generate({ "version" => "Ruby #{RUBY_VERSION} net-http #{Net::HTTP::VERSION rescue '?'}" })
STDOUT.flush
CLASSES = { "GET" => Net::HTTP::Get, "POST" => Net::HTTP::Post, "PUT" => Net::HTTP::Put, "DELETE" => Net::HTTP::Delete }

plan["scenarios"].each do |s|
  results = []
  http = nil
  s["calls"].each do |c|
    sleep c["delay"] if c["delay"] > 0
    begin
      uri = URI(c["url"])
      if http.nil?
        http = Net::HTTP.new(uri.host, uri.port, nil)
        http.open_timeout = 5
        http.read_timeout = s["timeout"]
        http.write_timeout = s["timeout"]
        http.start
      end
      request = CLASSES.fetch(c["method"]).new(uri)
      c["headers"].each { |name, value| request[name] = value }
      body = c["body_size"] > 0 ? "x" * c["body_size"] : c["body"]
      request.body = body unless body.nil?
      request.basic_auth(*c["auth"]) if c["auth"]
      response = http.request(request)
      # the header fields the client gave its caller (to_hash: lower-cased names, a list of values each), at most 30
      fields = response.to_hash.flat_map { |name, values| values.map { |v| [name.downcase, v[0, 200].dup.force_encoding("ISO-8859-1").encode("UTF-8")] } }.first(30)
      results << { "status" => response.code.to_i, "code" => response.code, "reason" => response.message, "headers" => fields,
                   "body" => (response.body || "")[0, 64].force_encoding("ISO-8859-1").encode("UTF-8") }
    rescue StandardError => e
      results << { "error" => "#{e.class}: #{e.message[0, 300]}" }
    end
  end
  begin
    http&.finish
  rescue StandardError
    nil
  end
  puts JSON.generate({ "id" => s["id"], "calls" => results })
  STDOUT.flush
end
