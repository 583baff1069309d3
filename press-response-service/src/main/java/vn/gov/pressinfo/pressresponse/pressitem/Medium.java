package vn.gov.pressinfo.pressresponse.pressitem;

/** The outlet's medium (loại hình báo chí); decides the correction deadline. */
public enum Medium {
    ONLINE, PRINT, RADIO, TELEVISION, MAGAZINE, SOCIAL
}
