"""The script to hand ``spark-submit``, which runs a Python job from a file rather than a module:

    spark-submit --master yarn "$(python -c 'import kuroshio.spark_submit as m; print(m.__file__)')" \\
        corpus/ events/ --date 2024-06-01

It takes the arguments of ``kuroshio spark-code`` and runs it under the session spark-submit set up.
Absolute imports only: spark-submit runs this file as a script, outside its package.
"""

import sys

from kuroshio.cli import main

if __name__ == "__main__":
    sys.exit(main(["spark-code", *sys.argv[1:]]))
