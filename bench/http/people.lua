-- POST /api/v1/people, each request a new person (a key no one has):
-- writes at the rate wrk's connections can keep up.
-- Usage: wrk … -s bench/http/people.lua URL [-- PREFIX]  (Authorization
-- from -H; PREFIX, «wrk» unless given, keeps the keys of two wrk runs at once
-- apart).

local counter = 0

function setup(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
end

function init(args)
  made = 0
  prefix = args[1] or "wrk"
  -- wrk.format replaces wrk.headers (the Authorization of -H) with the
  -- table it is given: the JSON type is added to a copy of them.
  headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  headers["Content-Type"] = "application/json"
end

function request()
  made = made + 1
  -- A name of its own too: people with the same name are a finding of the
  -- review, which would then list thousands of them.
  local body = string.format(
    '{"key": "%s-%d-%d", "name": "Persona %s %d-%d", "gender": "F"}',
    prefix, thread_id, made, prefix, thread_id, made)
  return wrk.format("POST", "/api/v1/people", headers, body)
end
