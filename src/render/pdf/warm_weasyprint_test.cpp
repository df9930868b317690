#include "render/pdf/warm_weasyprint.h"

#include <signal.h>

#include <fstream>

#include <gtest/gtest.h>

#include "render/html/html_report.h"
#include "render/pdf/pdf_report.h"
#include "support/example_report.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::render::pdf {
namespace {

using namespace std::chrono_literals;

class WarmWeasyPrintTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto interpreter = interpreter_of("weasyprint");
        ASSERT_TRUE(interpreter) << "Debian's weasyprint is a Python script";
        m_worker = std::make_unique<WarmWeasyPrint>(*interpreter);
        m_html = m_dir.path("informe.html");
        testing::write_file(m_html, html::render_html(testing::example_report()));
    }

    // A PDF of the example report, checked by pdfinfo.
    void expect_pdf(const ProcessOutcome& outcome, const std::string& pdf) {
        ASSERT_EQ(outcome.ending, ProcessOutcome::Ending::Exited) << outcome.errors;
        ASSERT_EQ(outcome.exit_code, 0) << outcome.errors;
        auto info = testing::run_process({"pdfinfo", pdf});
        ASSERT_EQ(info.exit_code, 0) << info.err;
        EXPECT_NE(info.out.find("612 x 792 pts (letter)"), std::string::npos) << info.out;
    }

    testing::TempDir m_dir;
    std::string m_html;
    std::unique_ptr<WarmWeasyPrint> m_worker;
};

TEST_F(WarmWeasyPrintTest, OneWorkerMakesOnePdfAfterAnother) {
    auto first = m_dir.path("uno.pdf");
    expect_pdf(m_worker->render(m_html, first, m_dir.root(), 60s), first);
    auto worker = m_worker->worker();
    EXPECT_GT(worker, 0);
    auto second = m_dir.path("dos.pdf");
    expect_pdf(m_worker->render(m_html, second, m_dir.root(), 60s), second);
    EXPECT_EQ(m_worker->worker(), worker) << "the same process made both";
}

TEST_F(WarmWeasyPrintTest, AFreshWorkerTakesOverAfterItsShareOfPdfs) {
    auto interpreter = interpreter_of("weasyprint");
    ASSERT_TRUE(interpreter);
    WarmWeasyPrint worker(*interpreter, 2);
    std::vector<pid_t> makers;
    for (const auto* name : {"uno.pdf", "dos.pdf", "tres.pdf"}) {
        auto pdf = m_dir.path(name);
        expect_pdf(worker.render(m_html, pdf, m_dir.root(), 60s), pdf);
        makers.push_back(worker.worker());
    }
    EXPECT_EQ(makers[0], makers[1]);
    EXPECT_NE(makers[1], makers[2]) << "the third PDF came from the worker that made two";
}

TEST_F(WarmWeasyPrintTest, AWorkerThatDiedIsStartedAgain) {
    auto first = m_dir.path("uno.pdf");
    expect_pdf(m_worker->render(m_html, first, m_dir.root(), 60s), first);
    ASSERT_EQ(::kill(m_worker->worker(), SIGKILL), 0);
    auto second = m_dir.path("dos.pdf");
    expect_pdf(m_worker->render(m_html, second, m_dir.root(), 60s), second);
}

TEST_F(WarmWeasyPrintTest, AWorkerOutOfTimeIsStoppedAndTheNextPdfStillComes) {
    auto late = m_worker->render(m_html, m_dir.path("tarde.pdf"), m_dir.root(), 1ms);
    EXPECT_EQ(late.ending, ProcessOutcome::Ending::TimedOut);
    EXPECT_EQ(m_worker->worker(), -1);
    auto pdf = m_dir.path("a-tiempo.pdf");
    expect_pdf(m_worker->render(m_html, pdf, m_dir.root(), 60s), pdf);
}

TEST_F(WarmWeasyPrintTest, WhatWeasyPrintRefusesComesBackAsItsMessage) {
    auto outcome =
        m_worker->render(m_dir.path("no-existe.html"), m_dir.path("x.pdf"), m_dir.root(), 60s);
    EXPECT_EQ(outcome.ending, ProcessOutcome::Ending::Exited);
    EXPECT_EQ(outcome.exit_code, 1);
    EXPECT_NE(outcome.errors.find("no-existe.html"), std::string::npos) << outcome.errors;
}

TEST(WarmWeasyPrintFinding, OnlyAPythonWeasyPrintIsKeptWarm) {
    testing::TempDir dir;
    auto shell = dir.path("weasyprint-falso");
    testing::write_file(shell, "#!/bin/sh\nexit 1\n");
    EXPECT_FALSE(interpreter_of(shell));
    EXPECT_FALSE(interpreter_of("weasyprint-que-no-existe"));
    auto python = interpreter_of("weasyprint");
    ASSERT_TRUE(python);
    EXPECT_NE(python->front().find("python"), std::string::npos);
}

TEST(WarmWeasyPrintReport, ThePdfsOfAWarmProcessAreTheSameReport) {
    keep_weasyprint_warm();
    testing::TempDir dir;
    std::vector<std::string> texts;
    for (const auto* name : {"uno.pdf", "dos.pdf"}) {
        auto pdf = render_pdf(testing::example_report());
        ASSERT_TRUE(pdf) << pdf.error().front().message;
        EXPECT_EQ(pdf->rfind("%PDF-", 0), 0U);
        testing::write_file(dir.path(name), *pdf);
        auto text = testing::run_process({"pdftotext", dir.path(name), "-"});
        ASSERT_EQ(text.exit_code, 0) << text.err;
        texts.push_back(text.out);
    }
    EXPECT_FALSE(texts[0].empty());
    EXPECT_EQ(texts[0], texts[1]);
}

}  // namespace
}  // namespace vincula::render::pdf
