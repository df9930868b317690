#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "render/pdf/child_process.h"

namespace vincula::render::pdf {

// WeasyPrint kept running between PDFs. Starting Python and importing
// WeasyPrint (its fonts, its CSS parser, its default stylesheets) is about
// 0.7 s of every `weasyprint` run; a server that makes many PDFs pays it
// once. The worker is WeasyPrint's own Python running a loop that reads one
// request per line («HTML path, PDF path, base URL») and answers «ok» or the
// error. One PDF at a time: callers wait their turn. `vincula report` uses
// one for its single PDF and stops it; `vincula serve` keeps one.
class WarmWeasyPrint {
public:
    // WeasyPrint keeps caches between documents; a fresh worker after this
    // many PDFs keeps its memory from growing without end.
    static constexpr int PDFS_PER_WORKER = 100;

    // `interpreter`: the command that runs WeasyPrint's Python (see
    // interpreter_of). The worker starts on the first render, and is
    // replaced by a fresh one after `pdfs_per_worker` PDFs.
    explicit WarmWeasyPrint(std::vector<std::string> interpreter,
                            int pdfs_per_worker = PDFS_PER_WORKER);
    ~WarmWeasyPrint();
    WarmWeasyPrint(const WarmWeasyPrint&) = delete;
    WarmWeasyPrint& operator=(const WarmWeasyPrint&) = delete;

    // Lays out `html` as `pdf`, resolving nothing outside `base_url`. A
    // worker that runs out of time is killed; one that died is started
    // again on the next call.
    ProcessOutcome render(const std::filesystem::path& html, const std::filesystem::path& pdf,
                          const std::string& base_url, std::chrono::milliseconds time_limit);

    // The worker's process id while it runs, for tests; -1 otherwise.
    pid_t worker() const { return m_pid; }

private:
    bool start(std::chrono::steady_clock::time_point deadline, ProcessOutcome& outcome);
    void stop();
    // A line of the worker's answer; nullopt on end of file or at the deadline.
    std::optional<std::string> read_line(std::chrono::steady_clock::time_point deadline,
                                         bool& timed_out);
    std::string errors() const;  // the tail of what the worker wrote to stderr

    std::vector<std::string> m_interpreter;
    std::mutex m_mutex;
    pid_t m_pid = -1;
    int m_requests = -1;  // the worker's stdin
    int m_answers = -1;   // the worker's stdout
    std::string m_pending;
    int m_pdfs_per_worker;
    int m_served = 0;
    std::filesystem::path m_errors_path;
};

// The command that runs a `weasyprint` program found in PATH, from its «#!»
// line, when that is a Python (Debian's is «#!/usr/bin/python3»); nullopt
// when it is missing or not a Python script (then it is run as a program).
std::optional<std::vector<std::string>> interpreter_of(const std::string& weasyprint);

}  // namespace vincula::render::pdf
