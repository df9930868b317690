#include "render/pdf/warm_weasyprint.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

extern char** environ;

namespace vincula::render::pdf {
namespace {

namespace fs = std::filesystem;

// The worker: WeasyPrint imported once, then one PDF per request line. Its
// warnings («Ignored box-shadow») are silenced as `weasyprint --quiet`
// does; its answers are single lines, so a message loses its line breaks.
// Python's cycle collector finds next to nothing to free while WeasyPrint
// imports and lays out, yet costs about a tenth of the time: it is off then,
// the imported modules are frozen out of its sight, and a collection runs
// after each answer, while the worker waits for the next request.
constexpr const char* WORKER_SCRIPT = R"(import gc, logging, sys
gc.disable()
logging.getLogger("weasyprint").setLevel(logging.ERROR)
try:
    from weasyprint import HTML
except Exception as error:
    print("sin-weasyprint\t" + " ".join(str(error).split()), flush=True)
    sys.exit(1)
gc.freeze()
print("listo", flush=True)
for line in sys.stdin:
    html, pdf, base = line.rstrip("\n").split("\t")
    try:
        HTML(filename=html, base_url=base).write_pdf(pdf)
        print("ok", flush=True)
    except Exception as error:
        print("error\t" + " ".join(str(error).split()), flush=True)
    gc.collect()
)";

std::optional<fs::path> find_in_path(const std::string& program) {
    if (program.find('/') != std::string::npos) {
        return fs::exists(program) ? std::optional<fs::path>(program) : std::nullopt;
    }
    const char* path = std::getenv("PATH");
    std::stringstream directories(path ? path : "/usr/bin:/bin");
    std::string directory;
    while (std::getline(directories, directory, ':')) {
        auto candidate = fs::path(directory.empty() ? "." : directory) / program;
        if (::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
    }
    return std::nullopt;
}

bool write_all(int descriptor, std::string_view text) {
    while (!text.empty()) {
        auto written = ::write(descriptor, text.data(), text.size());
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        text.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

}  // namespace

std::optional<std::vector<std::string>> interpreter_of(const std::string& weasyprint) {
    auto program = find_in_path(weasyprint);
    if (!program) {
        return std::nullopt;
    }
    std::ifstream script(*program);
    std::string first;
    std::getline(script, first);
    if (!first.starts_with("#!") || first.find("python") == std::string::npos) {
        return std::nullopt;
    }
    std::vector<std::string> command;
    std::stringstream words(first.substr(2));
    std::string word;
    while (words >> word) {
        command.push_back(word);
    }
    return command;
}

WarmWeasyPrint::WarmWeasyPrint(std::vector<std::string> interpreter, int pdfs_per_worker)
    : m_interpreter(std::move(interpreter)), m_pdfs_per_worker(pdfs_per_worker) {}

WarmWeasyPrint::~WarmWeasyPrint() {
    stop();
}

bool WarmWeasyPrint::start(std::chrono::steady_clock::time_point deadline,
                           ProcessOutcome& outcome) {
    int requests[2];
    int answers[2];
    if (::pipe2(requests, O_CLOEXEC) != 0) {
        outcome.ending = ProcessOutcome::Ending::NotFound;
        return false;
    }
    if (::pipe2(answers, O_CLOEXEC) != 0) {
        ::close(requests[0]);
        ::close(requests[1]);
        outcome.ending = ProcessOutcome::Ending::NotFound;
        return false;
    }
    m_errors_path = private_temp_path("vincula-weasyprint");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, requests[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, answers[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, m_errors_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> arguments = m_interpreter;
    arguments.insert(arguments.end(), {"-c", WORKER_SCRIPT});
    std::vector<char*> argv;
    for (auto& argument : arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    // The server blocks SIGTERM and SIGINT in its threads (it waits for
    // them); the worker starts with no signal blocked.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
    int spawned = posix_spawnp(&m_pid, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    ::close(requests[0]);
    ::close(answers[1]);
    m_requests = requests[1];
    m_answers = answers[0];
    if (spawned != 0) {
        m_pid = -1;
        stop();
        outcome.ending = ProcessOutcome::Ending::NotFound;
        return false;
    }
    bool timed_out = false;
    auto greeting = read_line(deadline, timed_out);
    if (greeting && *greeting == "listo") {
        return true;
    }
    outcome.ending = timed_out ? ProcessOutcome::Ending::TimedOut
                     : greeting && greeting->starts_with("sin-weasyprint")
                         ? ProcessOutcome::Ending::NotFound
                         : ProcessOutcome::Ending::Signalled;
    outcome.errors = errors();
    stop();
    return false;
}

void WarmWeasyPrint::stop() {
    if (m_requests >= 0) {
        ::close(m_requests);
        m_requests = -1;
    }
    if (m_answers >= 0) {
        ::close(m_answers);
        m_answers = -1;
    }
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
    }
    m_pending.clear();
    m_served = 0;
    if (!m_errors_path.empty()) {
        std::error_code ignored;
        fs::remove(m_errors_path, ignored);
        m_errors_path.clear();
    }
}

std::optional<std::string> WarmWeasyPrint::read_line(std::chrono::steady_clock::time_point deadline,
                                                     bool& timed_out) {
    timed_out = false;
    for (;;) {
        if (auto end = m_pending.find('\n'); end != std::string::npos) {
            auto line = m_pending.substr(0, end);
            m_pending.erase(0, end + 1);
            return line;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            return std::nullopt;
        }
        pollfd ready{m_answers, POLLIN, 0};
        int polled = ::poll(&ready, 1, static_cast<int>(left.count()));
        if (polled < 0 && errno == EINTR) {
            continue;
        }
        if (polled == 0) {
            timed_out = true;
            return std::nullopt;
        }
        std::array<char, 4096> buffer;
        auto length = ::read(m_answers, buffer.data(), buffer.size());
        if (length < 0 && errno == EINTR) {
            continue;
        }
        if (length <= 0) {
            return std::nullopt;  // the worker is gone
        }
        m_pending.append(buffer.data(), static_cast<std::size_t>(length));
    }
}

std::string WarmWeasyPrint::errors() const {
    return tail_of_file(m_errors_path, 4096);
}

ProcessOutcome WarmWeasyPrint::render(const fs::path& html, const fs::path& pdf,
                                      const std::string& base_url,
                                      std::chrono::milliseconds time_limit) {
    std::lock_guard lock(m_mutex);
    auto deadline = std::chrono::steady_clock::now() + time_limit;
    if (m_served >= m_pdfs_per_worker) {
        stop();
    }
    ::signal(SIGPIPE, SIG_IGN);  // a dead worker must not take the server with it
    std::string request = html.string() + "\t" + pdf.string() + "\t" + base_url + "\n";
    // A worker kept from before may have died since (killed, out of
    // memory): then the request goes once more to a fresh one.
    for (bool reused = m_pid > 0;; reused = false) {
        ProcessOutcome outcome;
        if (m_pid < 0 && !start(deadline, outcome)) {
            return outcome;
        }
        bool timed_out = false;
        std::optional<std::string> answer;
        if (write_all(m_requests, request)) {
            answer = read_line(deadline, timed_out);
        }
        if (!answer) {
            outcome.ending =
                timed_out ? ProcessOutcome::Ending::TimedOut : ProcessOutcome::Ending::Signalled;
            outcome.errors = errors();
            stop();  // killed mid-PDF: the next PDF gets a fresh worker
            if (reused && !timed_out) {
                continue;
            }
            return outcome;
        }
        ++m_served;
        if (*answer != "ok") {
            outcome.exit_code = 1;
            auto tab = answer->find('\t');
            outcome.errors = tab == std::string::npos ? *answer : answer->substr(tab + 1);
        }
        return outcome;
    }
}

}  // namespace vincula::render::pdf
