# gzip -9n INPUT into OUTPUT (cmake -P, at build time): no name or time stamp in the header, so
# the file is the same on every build (lintian: package-contains-timestamped-gzip).
execute_process(COMMAND ${GZIP} -9 -n -c ${INPUT} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "gzip failed for ${INPUT}: ${result}")
endif()
