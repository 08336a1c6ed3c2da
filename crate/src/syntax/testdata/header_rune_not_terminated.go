package  'a=

