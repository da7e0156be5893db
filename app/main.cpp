#include "Application.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    StartRequest start;
    {
        // The command line first, with no window system: --help, --version and mistakes are
        // answered on a terminal without a display, as a packaging script or man-page tool needs.
        QCoreApplication core(argc, argv);
        Application::setIdentity();
        const CommandLine::Outcome outcome = CommandLine::parse(QCoreApplication::arguments());
        if (outcome.exitNow) {
            std::fputs(outcome.output.toLocal8Bit().constData(), stdout);
            std::fputs(outcome.error.toLocal8Bit().constData(), stderr);
            return outcome.status;
        }
        start = outcome.start;
    }
    Application app(argc, argv);
    app.start(start);
    return app.exec();
}
