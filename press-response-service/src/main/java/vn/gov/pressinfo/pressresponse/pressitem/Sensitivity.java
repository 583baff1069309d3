package vn.gov.pressinfo.pressresponse.pressitem;

/** How sensitive the item is: normal, sensitive (nhạy cảm) or hot (nóng). */
public enum Sensitivity {
    NORMAL, SENSITIVE, HOT
}
