# Driver for prompt_last_line_no_newline: stdin without a final newline.
printf 'last line' | $SHX_SHELL "$@"
