#include "Application.h"

int main(int argc, char *argv[])
{
    Application app(argc, argv);
    const int status = app.parseAndStart();
    if (status >= 0)
        return status;
    return app.exec();
}
