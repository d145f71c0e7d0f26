# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 The Clearroom authors
# Run after every test (CTest fixture cleanup): fails when any test process tried to
# open an internet socket.
if(EXISTS "${LOG}")
    file(READ "${LOG}" _attempts)
    if(NOT _attempts STREQUAL "")
        message(FATAL_ERROR "Network access was attempted during the tests:\n${_attempts}")
    endif()
endif()
message(STATUS "No test process attempted network access.")
