print("jixiao")
