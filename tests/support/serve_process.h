#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

#include "support/temp_dir.h"

// `vincula serve` as a child process over any database (a SQLite file or a
// PostgreSQL URL) on a free loopback port: what the API tests' ApiServer
// runs, and what the reliability tests kill outright.
namespace vincula::testing {

class ServeProcess {
public:
    // Starts the server on a free loopback port and waits until it says
    // where it listens. Throws std::runtime_error, with what it printed, if
    // it does not.
    explicit ServeProcess(const std::string& database,
                          const std::vector<std::string>& options = {});
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    const std::string& url() const { return m_url; }  // http://127.0.0.1:PORT
    pid_t pid() const { return m_pid; }

    // SIGKILL, as a power cut would stop it: no destructor, no flush.
    void kill_now();
    // SIGTERM and wait (SIGKILL after 30 s): the exit code (0: it stopped
    // as asked). Again after it stopped: the same code.
    int stop();
    // What the server wrote on its standard error.
    std::string log() const;

private:
    int wait_for_exit();

    TempDir m_dir;
    std::string m_url;
    pid_t m_pid = -1;
    int m_output = -1;  // read end of the server's standard output
    int m_exit_code = -1;
};

}  // namespace vincula::testing
