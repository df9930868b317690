// mail::send against a real SMTP server (aiosmtpd on loopback, started
// here): what arrives, read back by Python's email package, and what the
// server's refusals become.
#include "mail/smtp.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::mail {
namespace {

// tests/support/smtp_sink.py, from its start to the test's end.
class Sink {
public:
    explicit Sink(const std::string& directory) {
        const char* source = std::getenv("VINCULA_SOURCE_DIR");
        auto script = std::string(source ? source : ".") + "/tests/support/smtp_sink.py";
        int out[2];
        EXPECT_EQ(pipe(out), 0);
        m_pid = fork();
        if (m_pid == 0) {
            dup2(out[1], STDOUT_FILENO);
            close(out[0]);
            execl("/usr/bin/python3", "python3", script.c_str(), directory.c_str(),
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        close(out[1]);
        std::string seen;
        char buffer[64];
        ssize_t got = 0;
        while (seen.find('\n') == std::string::npos &&
               (got = read(out[0], buffer, sizeof buffer)) > 0) {
            seen.append(buffer, static_cast<std::size_t>(got));
        }
        close(out[0]);
        EXPECT_TRUE(seen.starts_with("PORT ")) << seen;
        m_port = seen.starts_with("PORT ") ? std::stoi(seen.substr(5)) : 0;
    }
    ~Sink() {
        kill(m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
    }
    int port() const { return m_port; }

private:
    pid_t m_pid = -1;
    int m_port = 0;
};

class Smtp : public ::testing::Test {
protected:
    testing::TempDir dir;
    Sink sink{dir.root()};

    Settings settings() const {
        return Settings{"smtp://127.0.0.1:" + std::to_string(sink.port()),
                        "",
                        "",
                        "Vinculación IECM <vinculacion@iecm.example>",
                        "http://vincula.example",
                        5};
    }
};

TEST_F(Smtp, TheMessageArrivesAsWritten) {
    Message message{"jose@example.org",
                    "José Núñez",
                    "Invitación: Consulta Infantil y Juvenil — ¿participas?",
                    "Hola, José:\nTe esperamos el día 20.\n",
                    {{"List-Unsubscribe", "<http://vincula.example/baja?t=abc.def>"}}};
    auto sent = send(settings(), message);
    ASSERT_TRUE(sent) << sent.error().front().message;
    auto arrived = testing::read_file(dir.path("0001.json"));
    EXPECT_NE(arrived.find("\"rcpt_tos\": [\"jose@example.org\"]"), std::string::npos) << arrived;
    EXPECT_NE(arrived.find("\"mail_from\": \"vinculacion@iecm.example\""), std::string::npos);
    EXPECT_NE(
        arrived.find("\"subject\": \"Invitación: Consulta Infantil y Juvenil — ¿participas?\""),
        std::string::npos)
        << arrived;
    EXPECT_NE(arrived.find("\"to\": \"José Núñez <jose@example.org>\""), std::string::npos);
    EXPECT_NE(arrived.find("\"body\": \"Hola, José:\\r\\nTe esperamos el día 20.\\r\\n\""),
              std::string::npos)
        << arrived;
    EXPECT_NE(arrived.find("\"list_unsubscribe\": \"<http://vincula.example/baja?t=abc.def>\""),
              std::string::npos);
}

TEST_F(Smtp, ARefusedRecipientIsNamedWithTheServersAnswer) {
    testing::write_file(dir.path("rechazar"), "lleno@example.org\n");
    auto sent = send(settings(), Message{"lleno@example.org", "", "Asunto", "Texto", {}});
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().front().field, "smtp");
    EXPECT_EQ(sent.error().front().rule, "smtp_destinatario_rechazado");
    EXPECT_EQ(sent.error().front().message,
              "El servidor de correo rechazó al destinatario lleno@example.org: 550 5.1.1 "
              "Mailbox unavailable");
    EXPECT_FALSE(std::filesystem::exists(dir.path("0001.eml")));
}

}  // namespace
}  // namespace vincula::mail
