// segmentor-cli's main(): the command line (runCli in main.cpp) without any test hook.
#include "clicommands.h"

int main(int argc, char *argv[])
{
    return runCli(argc, argv);
}
