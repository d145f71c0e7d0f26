// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "application.h"

int main(int argc, char **argv)
{
    return clearroom::ui::runApplication(argc, argv);
}
