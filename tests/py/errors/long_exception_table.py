# A function with a long exception table (many try blocks, nested ones,
# with/finally): each raise must find its own handler.


def many(k):
    out = []
    try:
        if k == 0:
            raise ValueError(0)
        try:
            if k == 100:
                raise KeyError(0)
            out.append(0)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            out.append('f0')
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 1:
            raise ValueError(1)
        try:
            if k == 101:
                raise KeyError(1)
            out.append(1)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 2:
            raise ValueError(2)
        try:
            if k == 102:
                raise KeyError(2)
            out.append(2)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 3:
            raise ValueError(3)
        try:
            if k == 103:
                raise KeyError(3)
            out.append(3)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 4:
            raise ValueError(4)
        try:
            if k == 104:
                raise KeyError(4)
            out.append(4)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            out.append('f4')
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 5:
            raise ValueError(5)
        try:
            if k == 105:
                raise KeyError(5)
            out.append(5)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 6:
            raise ValueError(6)
        try:
            if k == 106:
                raise KeyError(6)
            out.append(6)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 7:
            raise ValueError(7)
        try:
            if k == 107:
                raise KeyError(7)
            out.append(7)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 8:
            raise ValueError(8)
        try:
            if k == 108:
                raise KeyError(8)
            out.append(8)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            out.append('f8')
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 9:
            raise ValueError(9)
        try:
            if k == 109:
                raise KeyError(9)
            out.append(9)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 10:
            raise ValueError(10)
        try:
            if k == 110:
                raise KeyError(10)
            out.append(10)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 11:
            raise ValueError(11)
        try:
            if k == 111:
                raise KeyError(11)
            out.append(11)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 12:
            raise ValueError(12)
        try:
            if k == 112:
                raise KeyError(12)
            out.append(12)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            out.append('f12')
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 13:
            raise ValueError(13)
        try:
            if k == 113:
                raise KeyError(13)
            out.append(13)
        except KeyError as e:
            out.append(('inner', e.args[0]))
        finally:
            pass
    except ValueError as e:
        out.append(('outer', e.args[0]))
    try:
        if k == 'last':
            raise LookupError('last')
    except LookupError as e:
        out.append(str(e))
    return out


for k in [-1, 0, 3, 7, 13, 100, 104, 113, 'last']:
    print(k, many(k))


def uncaught(k):
    try:
        pass
    except ValueError:
        pass
    for i in range(3):
        try:
            x = i
        except TypeError:
            pass
    return 1 // k


try:
    uncaught(0)
except ZeroDivisionError as e:
    print('outside', e)
print(uncaught(1))
